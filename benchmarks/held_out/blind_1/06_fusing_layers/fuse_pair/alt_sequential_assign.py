# Alternative: layer.kernel / layer.bias read directly, Sequential, assign()
# Expect: pass
def fuse_pair(pair):
    first, second = pair.get_layer("first"), pair.get_layer("second")
    W1, b1 = np.array(first.kernel), np.array(first.bias)
    W2, b2 = np.array(second.kernel), np.array(second.bias)
    model = keras.Sequential([keras.Input(shape=(6,)), keras.layers.Dense(4)])
    model.layers[0].kernel.assign(np.dot(W1, W2))
    model.layers[0].bias.assign(np.dot(b1, W2) + b2)
    return model
