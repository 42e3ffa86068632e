# Alternative: the affine part (expand then project, before its ReLU) probed in NumPy, model.set_weights
# Expect: pass
def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()

    def pre_activation(x):
        return (x @ w1 + b1) @ w2 + b2

    bias = pre_activation(np.zeros((1, 6), dtype="float32"))[0]
    kernel = pre_activation(np.eye(6, dtype="float32")) - bias
    model = keras.Sequential(
        [keras.Input(shape=(6,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(3)]
    )
    model.set_weights([kernel, bias] + chain.get_layer("score").get_weights())
    return model
