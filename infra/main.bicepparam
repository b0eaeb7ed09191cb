// Example parameters: copy this file, replace the placeholders, keep the copy out of git if it
// holds anything private. The auth token is read from the environment so it is never in a file:
//   export TWILIO_AUTH_TOKEN='<token from the Twilio Console>'
using 'main.bicep'

param namePrefix = 'nocontact'
param twilioAccountSid = 'ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
param twilioAuthToken = readEnvironmentVariable('TWILIO_AUTH_TOKEN')
// Set one of these two; leave the other empty.
param twilioFromNumber = '+15550100100'
param twilioMessagingServiceSid = ''
param defaultTimeZone = 'America/New_York'
param defaultRegion = 'US'
param httpAlwaysReadyInstances = 1
