import KBModel

var scormAuthentication: Topic {
  Topic(
    slug: "authentication",
    title: "Authentication",
    intro: """
      Requests carry an API key, either in the `X-API-Key` header or as \
      `Authorization: Bearer <key>`. A request that names no `tenant_id` can leave it to the API key \
      to determine the tenant.
      """,
    entries: [
      Entry(
        .apiError("Invalid API Key", status: 401),
        title: "The API key is rejected",
        symptoms: [.status(401), .message("Invalid API Key")],
        causes: [
          "The key is malformed. A real key starts with `scorm_`, is at least 64 characters long and contains no spaces or line breaks.",
          "The key is not sent the documented way: in the `X-API-Key` header or as `Authorization: Bearer <key>`, which are case-sensitive.",
          "The key is no longer valid: it has been deactivated, has expired or has been revoked.",
        ],
        resolution: [
          Step(
            "Call the health endpoint with nothing but the key to see whether it is accepted.",
            sample: .shell(
              #"""
              # Test the API key on its own
              curl -X GET https://app.allureconnect.com/api/health \
                -H "X-API-Key: your-api-key-here"
              """#
            )
          ),
          "Compare the key with the expected format: it begins with `scorm_`, has 64 or more characters, and has no spaces or line breaks in it.",
          "Send the key in the `X-API-Key` header or as `Authorization: Bearer your-api-key`, spelled and capitalised exactly like that.",
          "In the dashboard, check that the key is active and has neither expired nor been revoked.",
          "If the key may have leaked, generate a new one, switch every integration over to it, and then revoke the old key.",
        ],
        actors: [.developer, .admin],
        related: ["tenant-mismatch", "player-not-loading"]
      ),
      Entry(
        .apiError("Tenant Mismatch", status: 403),
        title: "The request and the API key belong to different tenants",
        symptoms: [
          .status(403), .message("Tenant mismatch"),
          .sees(
            """
            Launching a package fails with 403 Forbidden, and an app that handles launch failures \
            like the [launch sample](entry:package-not-found) shows the user “Access denied”. \
            Tenant mismatch is the only documented error with this status.
            """
          ),
        ],
        causes: [
          "The request may name a tenant the API key does not belong to, or a `tenant_id` that is not a well-formed UUID or refers to no existing tenant.",
          "The API key may lack a scope the request needs, or belong to another tenant.",
        ],
        resolution: [
          "Check that the `tenant_id` you send is the UUID of a tenant that exists, and that it is the tenant the API key belongs to.",
          "Check which scopes the key has and which tenant it belongs to.",
          "Verify tenant isolation: the API key, the `tenant_id` and the package or session the request is about should all belong to the same tenant.",
          "Send the correct `tenant_id`, or leave it out and let the API key determine the tenant.",
        ],
        actors: [.developer, .admin],
        related: ["invalid-api-key", "package-not-found", "session-not-found"]
      ),
    ]
  )
}
