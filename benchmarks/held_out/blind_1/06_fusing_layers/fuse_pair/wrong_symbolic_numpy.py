# Misconception: numpy can read the values of a symbolic Keras tensor (the pair's output on keras.Input)
# Expect: fail
def fuse_pair(pair):
    x = keras.Input(shape=(6,))
    out = np.asarray(pair(x))
    b = out[0]
    layer = keras.layers.Dense(4)
    model = keras.Model(x, layer(x))
    layer.set_weights([np.zeros((6, 4), "float32"), b])
    return model
