# Alternative: functional API, weights read by position from pair.layers, fused with np.matmul
# Expect: pass
def fuse_pair(pair):
    dense_layers = [layer for layer in pair.layers if isinstance(layer, keras.layers.Dense)]
    (k1, c1), (k2, c2) = (d.get_weights() for d in dense_layers)
    inputs = keras.Input(shape=(6,), name="readings")
    layer = keras.layers.Dense(4, name="fused")
    model = keras.Model(inputs, layer(inputs), name="fused_pair")
    layer.set_weights([np.matmul(k1, k2), np.matmul(c1, k2) + c2])
    return model
