package dev.openapiauth.lint.load;

/** The description formats read; each keeps its own layout (Swagger 2.0 is not converted). */
public enum SpecVersion {
    SWAGGER_2_0("2.0"),
    OPENAPI_3_0("3.0"),
    OPENAPI_3_1("3.1");

    private final String label;

    SpecVersion(String label) {
        this.label = label;
    }

    public boolean isSwagger2() {
        return this == SWAGGER_2_0;
    }

    public String label() {
        return label;
    }
}
