# Alternative: keras.ops on the layers' variables, a functional model, assign.
# Expect: pass
def fuse_pair(pair):
    first, second = pair.get_layer("first"), pair.get_layer("second")
    kernel = keras.ops.matmul(first.kernel, second.kernel)
    bias = keras.ops.matmul(first.bias, second.kernel) + second.bias
    readings = keras.Input(shape=(6,))
    layer = keras.layers.Dense(4, name="fused")
    model = keras.Model(readings, layer(readings))
    layer.kernel.assign(kernel)
    layer.bias.assign(bias)
    return model
