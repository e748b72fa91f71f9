package org.acme.bench;

import org.acme.bench.api.BenchApi;
import org.springframework.web.bind.annotation.RestController;

/** The generated interface as it is: every operation the layer lets through answers 501 Not Implemented. */
@RestController
class BenchController implements BenchApi {
}
