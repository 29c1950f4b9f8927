//! Binding for webhooks: `verifyIncomingWebhookRequest`, `verifyWebhookSignature`.
