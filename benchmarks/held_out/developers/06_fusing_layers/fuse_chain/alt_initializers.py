# Alternative: Constant initializers for both layers, Sequential
# Expect: pass
def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    w3, b3 = chain.get_layer("score").get_weights()
    const = keras.initializers.Constant
    return keras.Sequential(
        [
            keras.Input(shape=(6,)),
            keras.layers.Dense(8, "relu", kernel_initializer=const(w1 @ w2), bias_initializer=const(b1 @ w2 + b2)),
            keras.layers.Dense(3, kernel_initializer=const(w3), bias_initializer=const(b3)),
        ]
    )
