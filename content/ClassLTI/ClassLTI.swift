import KBModel

var classLTI: Product {
  Product(
    slug: "class-lti",
    title: "Class LTI",
    summary: """
      Class is a video-class product that works with Zoom. A learning management system (LMS) \
      opens a Class course through an LTI course launch; when the launch fails, the LTI page shows \
      a numeric error code from 1001 to 1024, or 1337, together with its symbolic name.
      """,
    support: Support(
      phone: "888-975-1112",
      hours: "24/7 end-user support",
      slaTiers: [
        SLATier("Premium", responseTime: "24 hours"), SLATier("Standard", responseTime: "72 hours"),
      ],
      notes: """
        Call the Class support team at any hour. Response times depend on your support plan; \
        the *Class Support Services Guide* describes the plans in detail.
        """
    ),
    lastUpdated: "2022-07-08",
    topics: [classLaunchValidation, classRecordsAndZoom, classEditingDetails]
  )
}
