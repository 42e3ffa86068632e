# Alternative: the layer built by hand, its variables assigned in place, then put in a
# functional model; the weights read through layer.kernel and layer.bias.
# Expect: pass
def fuse_pair(pair):
    first, second = pair.get_layer("first"), pair.get_layer("second")
    w1, b1, w2, b2 = (v.numpy() for v in (first.kernel, first.bias, second.kernel, second.bias))
    layer = keras.layers.Dense(units=4)
    layer.build((None, 6))
    layer.kernel.assign(w1 @ w2)
    layer.bias.assign(b1 @ w2 + b2)
    inputs = keras.Input((6,))
    return keras.Model(inputs, layer(inputs))
