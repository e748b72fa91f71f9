package dev.openapiauth.probe;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.load.LoadedSpec;
import dev.openapiauth.core.load.SpecLoader;
import dev.openapiauth.core.load.UnreadableSpecException;
import dev.openapiauth.core.model.ModelOptions;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.model.SecurityModelBuilder;
import java.net.URI;
import java.nio.file.Path;

/** A description file loaded and modelled as the probe job does it, for the tests that probe it. */
public record Loaded(LoadedSpec spec, SecurityModel model) {

    public static Loaded of(Path file) throws UnreadableSpecException {
        return of(file, LoadOptions.DEFAULT);
    }

    public static Loaded of(Path file, LoadOptions load) throws UnreadableSpecException {
        LoadedSpec spec = new SpecLoader(load).load(file);
        return new Loaded(spec, SecurityModelBuilder.build(spec, ModelOptions.DEFAULT));
    }

    public ProbeResult probe(Prober prober, URI baseUrl) {
        return prober.probe(spec, model, baseUrl);
    }
}
