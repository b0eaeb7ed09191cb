// Key Vault holding the Twilio auth token; the app reads it through a Key Vault reference.

@description('Name of the Key Vault: 3 to 24 letters, digits and hyphens, unique in Azure.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region for the vault.')
param location string

@description('Tags applied to the vault.')
param tags object

@description('Name of the secret that stores the Twilio auth token.')
param twilioAuthTokenSecretName string

@description('The Twilio auth token (Twilio Console, Account Info). Stored only in the vault.')
@secure()
param twilioAuthToken string

@description('Principal id of the app identity; it gets Key Vault Secrets User on this vault.')
param appPrincipalId string

// Built-in role: Key Vault Secrets User (read secret values, nothing else).
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Access by Azure RBAC role assignments instead of vault access policies.
    enableRbacAuthorization: true
    // A deleted vault stays recoverable for 7 days; the minimum, so a torn-down test is gone soon.
    softDeleteRetentionInDays: 7
    // Purge protection is left off: once on it cannot be undone, and it blocks reusing the name.
  }
}

resource twilioAuthTokenSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: twilioAuthTokenSecretName
  properties: {
    value: twilioAuthToken
    contentType: 'text/plain'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: appPrincipalId
    // Saying what the principal is skips a directory lookup that fails for identities just created.
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name
// Versionless, so a rotated token is picked up without redeploying.
output twilioAuthTokenSecretUri string = twilioAuthTokenSecret.properties.secretUri
