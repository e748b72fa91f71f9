package org.acme.shop;

import org.acme.shop.auth.OpenApiAuthFilter;
import org.glassfish.jersey.server.ResourceConfig;

/** The whole wiring: the resource and one filter instance. */
public class ShopApplication extends ResourceConfig {
    public ShopApplication() {
        register(ShopResource.class);
        register(new OpenApiAuthFilter(new ShopVerifier()));
    }
}
