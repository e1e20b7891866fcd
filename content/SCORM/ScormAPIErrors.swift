import KBModel

var scormAPIErrors: Topic {
  Topic(
    slug: "api-errors",
    title: "General API errors",
    intro: """
      Errors any endpoint can return. By default an integration may send 100 requests a minute.
      """,
    entries: [
      Entry(
        .apiError("Rate Limit Exceeded", status: 429),
        title: "Too many requests in a minute",
        symptoms: [.status(429), .sees("An error message about the rate limit")],
        causes: [
          "The integration sent more requests than its rate limit allows, which is 100 requests a minute by default."
        ],
        resolution: [
          "Compare your current usage with the limit, and keep an eye on the rate limit headers of each response.",
          Step(
            "Back off when you get a 429: wait the number of seconds in the `Retry-After` header (60 if it is missing), then try again, at most 3 times.",
            sample: .javascript(
              #"""
              async function makeRequestWithBackoff(url, options, retries = 3) {
                for (let i = 0; i < retries; i++) {
                  const response = await fetch(url, options);
                  if (response.status !== 429) {
                    return response;
                  }
                  // Wait as long as the API asks, or 60 seconds
                  const retryAfter = parseInt(response.headers.get('Retry-After') || '60');
                  await new Promise(resolve => setTimeout(resolve, retryAfter * 1000));
                }
                throw new Error('Rate limit exceeded');
              }
              """#
            )
          ),
          "Send fewer requests: batch them where possible, cache responses and poll less often.",
          "If you still need more, move to a higher plan (limits rise with the plan, up to the enterprise plan) or ask support for a custom limit.",
        ],
        actors: [.developer, .admin],
        retry: .afterRetryAfter(defaultSeconds: 60, attempts: 3),
        escalation: "Contact support if you need a custom rate limit.",
        related: ["slow-api-responses", "progress-not-updating"]
      ),
      Entry(
        .apiError("Internal Server Error", status: 500),
        title: "The request failed on the server",
        symptoms: [.status(500), .sees("A generic error message")],
        causes: [
          "The request failed on the server side, and the response gives only a generic message.",
          "The request itself may be at fault: a wrong format, a missing required field or a value of the wrong data type.",
          "The API may be under maintenance.",
        ],
        resolution: [
          "Retry the request with exponential backoff, up to 3 times.",
          "Check the request: its format, its required fields and the data types of its values.",
          "Check the API status page for incidents and maintenance.",
          "If the error persists, contact support with the details of the request and the error response.",
        ],
        actors: [.developer, .support],
        retry: .withBackoff(attempts: 3),
        escalation:
          "Contact support if the error persists after retrying. Send the request details and the full error response.",
        related: ["rate-limit-exceeded"]
      ),
    ]
  )
}
