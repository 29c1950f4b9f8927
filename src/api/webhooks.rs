//! Webhooks: `verifyIncomingWebhookRequest`, `verifyWebhookSignature`.
