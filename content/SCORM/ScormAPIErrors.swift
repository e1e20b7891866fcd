import KBModel

var scormAPIErrors: Topic {
  Topic(
    slug: "api-errors",
    title: "General API errors",
    intro: """
      Errors that are not tied to one part of the integration: the rate limit and server errors. \
      By default an integration may send 100 requests a minute.
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
            """
            Back off when you get a 429: wait as long as the `Retry-After` header says (60 seconds if \
            it is missing), then send the request again. Make 3 attempts in all, and do not wait \
            after the last one. `Retry-After` may give seconds or a date; if it asks for a very long \
            wait, give up and try again later rather than keep the caller waiting.
            """,
            sample: .javascript(
              #"""
              async function makeRequestWithBackoff(url, options, attempts = 3, maxWaitSeconds = 300) {
                for (let attempt = 1; ; attempt++) {
                  const response = await fetch(url, options);
                  if (response.status !== 429) {
                    return response;
                  }
                  const waitSeconds = retryAfterSeconds(response.headers.get('Retry-After'));
                  if (attempt >= attempts || waitSeconds > maxWaitSeconds) {
                    throw new Error(`Rate limit exceeded; retry after ${waitSeconds} s`);
                  }
                  await new Promise(resolve => setTimeout(resolve, waitSeconds * 1000));
                }
              }

              // Retry-After holds either a number of seconds or an HTTP date; 60 s when absent
              function retryAfterSeconds(header, fallbackSeconds = 60) {
                if (header === null) return fallbackSeconds;
                if (/^\d+$/.test(header.trim())) return Number(header.trim());
                const date = Date.parse(header);
                if (Number.isNaN(date)) return fallbackSeconds;
                return Math.max(0, Math.ceil((date - Date.now()) / 1000));
              }
              """#
            )
          ),
          "Send fewer requests: batch them where possible, cache responses and poll less often.",
          "If you still need more, move to a higher plan (limits rise with the plan, up to the enterprise plan) or ask support for a custom limit.",
        ],
        actors: [.developer, .admin],
        retry: .afterRetryAfter(defaultSeconds: 60, attempts: 2),
        escalation: "Contact support if you need a custom rate limit.",
        sourceNotes: [
          SourceNote(
            says: "retry with `makeRequestWithBackoff(url, options, retries = 3)`",
            """
            That sample sends the request 3 times in all, so it retries twice; after the third 429 \
            it still waits before it gives up. It reads `Retry-After` only as a number of seconds, \
            and waits however long the header asks. Our sample makes the same 3 attempts without the \
            last wait, reads both forms of the header, and gives up on a wait over 5 minutes (our \
            choice; no limit is documented).
            """
          )
        ],
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
