# Alternative: keras.ops products and Constant initializers
# Expect: pass
def fuse_chain(chain):
    W1, b1 = chain.get_layer("expand").get_weights()
    W2, b2 = chain.get_layer("project").get_weights()
    W3, b3 = chain.get_layer("score").get_weights()
    W = keras.ops.convert_to_numpy(keras.ops.matmul(W1, W2))
    b = keras.ops.convert_to_numpy(keras.ops.add(keras.ops.matmul(b1, W2), b2))
    C = keras.initializers.Constant
    x = keras.Input(shape=(6,))
    h = keras.layers.Dense(8, activation="relu", kernel_initializer=C(W), bias_initializer=C(b))(x)
    y = keras.layers.Dense(3, kernel_initializer=C(W3), bias_initializer=C(b3))(h)
    return keras.Model(x, y)
