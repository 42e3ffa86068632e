# Alternative: keras.ops product, values passed as Constant initializers
# Expect: pass
def fuse_pair(pair):
    W1, b1 = pair.get_layer("first").get_weights()
    W2, b2 = pair.get_layer("second").get_weights()
    W = keras.ops.convert_to_numpy(keras.ops.matmul(W1, W2))
    b = keras.ops.convert_to_numpy(keras.ops.matmul(b1, W2) + b2)
    x = keras.Input(shape=(6,))
    y = keras.layers.Dense(4, kernel_initializer=keras.initializers.Constant(W),
                           bias_initializer=keras.initializers.Constant(b))(x)
    return keras.Model(x, y)
