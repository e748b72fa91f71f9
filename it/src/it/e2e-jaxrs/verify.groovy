// The end-to-end checks every flavour shares, for flavour jaxrs.
def binding = new Binding([basedir: basedir, flavours: ['jaxrs']])
return new GroovyShell(binding).evaluate(new File(basedir, '../e2e-matrix/verify-flavour.groovy'))
