# Alternative: a general loop that multiplies layers out until one has an activation.
# Expect: pass
def fuse_chain(chain):
    kernel = bias = None
    new_layers = []
    for layer in [layer for layer in chain.layers if layer.weights]:
        k, b = layer.get_weights()
        kernel, bias = (k, b) if kernel is None else (kernel @ k, bias @ k + b)
        if layer.activation is not keras.activations.linear or layer is chain.layers[-1]:
            new = keras.layers.Dense(kernel.shape[1], activation=layer.activation)
            new.build((None, kernel.shape[0]))
            new.set_weights([kernel, bias])
            new_layers.append(new)
            kernel = bias = None
    return keras.Sequential([keras.Input(shape=(6,)), *new_layers])
