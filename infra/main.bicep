// NoContact on Azure: a Flex Consumption function app (.NET 10 isolated) with its storage account,
// Application Insights, a Key Vault holding the Twilio auth token, and one user-assigned identity
// that reaches all of them. No storage keys: see docs/deploy.md for the steps around this file.

targetScope = 'resourceGroup'

@description('Azure region for all resources; it must offer Flex Consumption (see docs/deploy.md).')
param location string = resourceGroup().location

@description('Short lowercase name that starts every resource name, e.g. nocontact.')
@minLength(2)
@maxLength(10)
param namePrefix string = 'nocontact'

@description('Name of the function app; its host name is <name>.azurewebsites.net, so it must be unique in Azure.')
param functionAppName string = '${namePrefix}-${uniqueString(resourceGroup().id)}'

@description('Tags applied to every resource.')
param tags object = {
  app: 'nocontact'
}

@description('Instances kept warm for the HTTP functions (SmsInbound), since Twilio gives up after 15 s.')
@minValue(0)
param httpAlwaysReadyInstances int = 1

@description('Upper bound on instances the plan scales out to; caps the bill if something floods the webhook.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory per instance in MB. 2048 is the smallest Flex Consumption size and ample for this app.')
@allowed([
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Twilio Account SID (starts with AC), from the Twilio Console.')
@minLength(34)
param twilioAccountSid string

@description('Twilio auth token, from the Twilio Console. Stored only in Key Vault; the app reads it by reference.')
@secure()
@minLength(1)
param twilioAuthToken string

@description('Sending number in E.164 form (+15551234567). Leave empty when using twilioMessagingServiceSid.')
param twilioFromNumber string = ''

@description('Messaging Service SID (starts with MG). Leave empty when sending from twilioFromNumber.')
param twilioMessagingServiceSid string = ''

@description('Scheme and host that Twilio calls, no trailing slash. Used to check Twilio request signatures.')
param twilioWebhookBaseUrl string = 'https://${functionAppName}.azurewebsites.net'

@description('Prefix for the app\'s table names, to share one storage account between deployments. Usually empty.')
param tablePrefix string = ''

@description('IANA time zone for users who have not set one, e.g. America/New_York.')
param defaultTimeZone string = 'America/New_York'

@description('ISO 3166 region used to read phone numbers written without a country code, e.g. US.')
param defaultRegion string = 'US'

@description('Days on which check-ins are sent, comma-separated three-letter names, e.g. Fri,Sat,Sun.')
param checkInDays string = 'Fri,Sat,Sun'

@description('Local time of day (HH:mm) at which check-ins are sent.')
param checkInTime string = '23:00'

@description('Crisis line text the app sends when a message suggests self-harm. Adjust it to your users\' country.')
param crisisSupport string = join(
  [
    'If you are thinking about hurting yourself, call or text 988 (Suicide and Crisis Lifeline, US) now.'
    'It is free and open 24/7.'
  ],
  ' '
)

@description('Support text sent after three slips in a week, at most monthly. Adjust it to your users\' country.')
param supportResources string = 'A counsellor or a breakup support group can help; call 211 (US) to find one near you.'

// Storage account and Key Vault names are global and short, so they carry a hash of the resource group.
var token = uniqueString(resourceGroup().id)
var storageAccountName = take('st${replace(namePrefix, '-', '')}${token}', 24)
var keyVaultName = take('kv-${namePrefix}-${token}', 24)
var deploymentContainerName = 'app-package'
var twilioAuthTokenSecretName = 'twilio-auth-token'

// The one identity the app runs as: storage, Key Vault references and telemetry all use it.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${functionAppName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-${functionAppName}'
    appInsightsName: 'appi-${functionAppName}'
    location: location
    tags: tags
    publisherPrincipalId: identity.properties.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    appPrincipalId: identity.properties.principalId
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: keyVaultName
    location: location
    tags: tags
    twilioAuthTokenSecretName: twilioAuthTokenSecretName
    twilioAuthToken: twilioAuthToken
    appPrincipalId: identity.properties.principalId
  }
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'plan-${functionAppName}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    // Flex Consumption runs on Linux only, and ARM spells Linux as reserved.
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: functionAppName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Resolve @Microsoft.KeyVault(...) settings as the user-assigned identity (the default is a system one).
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // Host storage by identity. Without a connection string the host needs the service URIs.
        {
          name: 'AzureWebJobsStorage__blobServiceUri'
          value: storage.outputs.blobEndpoint
        }
        {
          name: 'AzureWebJobsStorage__queueServiceUri'
          value: storage.outputs.queueEndpoint
        }
        // The app's own tables are reached through this same section (StorageConnection reads it).
        {
          name: 'AzureWebJobsStorage__tableServiceUri'
          value: storage.outputs.tableEndpoint
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        // A user-assigned identity must be named; without a client id the host looks for a system one.
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identity.properties.clientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: monitoring.outputs.connectionString
        }
        // App Insights accepts only Entra ID telemetry (local auth is off); this names the identity.
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identity.properties.clientId};Authorization=AAD'
        }
        {
          name: 'Twilio__AccountSid'
          value: twilioAccountSid
        }
        {
          name: 'Twilio__AuthToken'
          value: '@Microsoft.KeyVault(SecretUri=${vault.outputs.twilioAuthTokenSecretUri})'
        }
        {
          name: 'Twilio__FromNumber'
          value: twilioFromNumber
        }
        {
          name: 'Twilio__MessagingServiceSid'
          value: twilioMessagingServiceSid
        }
        {
          name: 'Twilio__WebhookBaseUrl'
          value: twilioWebhookBaseUrl
        }
        // The real Twilio API; only local runs point this at a stand-in.
        {
          name: 'Twilio__ApiBaseUrl'
          value: 'https://api.twilio.com'
        }
        {
          name: 'NoContact__TablePrefix'
          value: tablePrefix
        }
        {
          name: 'NoContact__DefaultTimeZone'
          value: defaultTimeZone
        }
        {
          name: 'NoContact__DefaultRegion'
          value: defaultRegion
        }
        {
          name: 'NoContact__CheckInDays'
          value: checkInDays
        }
        {
          name: 'NoContact__CheckInTime'
          value: checkInTime
        }
        {
          name: 'NoContact__CrisisSupport'
          value: crisisSupport
        }
        {
          name: 'NoContact__SupportResources'
          value: supportResources
        }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          // Flex Consumption runs the zip that a deploy uploads to this container.
          type: 'blobContainer'
          value: storage.outputs.deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        // 'http' is the group of all HTTP-triggered functions; the timers start on demand.
        alwaysReady: [
          {
            name: 'http'
            instanceCount: httpAlwaysReadyInstances
          }
        ]
      }
      // On Flex Consumption the runtime is set here, not by FUNCTIONS_WORKER_RUNTIME.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Deploys authenticate with Entra ID; user name and password publishing stays off for FTP and SCM.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

output functionAppName string = functionApp.name
output functionAppHostName string = functionApp.properties.defaultHostName
@description('Paste this into the Twilio number\'s Messaging webhook (HTTP POST).')
output twilioWebhookUrl string = '${twilioWebhookBaseUrl}/api/sms/inbound'
output storageAccountName string = storage.outputs.name
output keyVaultName string = vault.outputs.name
output applicationInsightsName string = monitoring.outputs.appInsightsName
