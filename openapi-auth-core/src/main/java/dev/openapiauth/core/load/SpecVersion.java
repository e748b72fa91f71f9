package dev.openapiauth.core.load;

/** The description formats read; each keeps its own layout (Swagger 2.0 is not converted). */
public enum SpecVersion {
    SWAGGER_2_0,
    OPENAPI_3_0,
    OPENAPI_3_1;

    public boolean isSwagger2() {
        return this == SWAGGER_2_0;
    }
}
