import KBModel

var classLTI: Product {
  Product(
    slug: "class-lti",
    title: "Class LTI",
    summary: """
      Class is a video-class product that works with Zoom. A learning management system (LMS) \
      opens a Class course through an LTI course launch. A launch that fails does so with one of the \
      codes 1001 to 1024, each with a symbolic name; code 1337 belongs to editing a class's details \
      from the LMS. Class's error table does not say how a code is shown to the user.
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
