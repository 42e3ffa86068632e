# Alternative: keras.ops.mean over keras.ops.stack along axis 0 (as the check suggests)
# Expect: pass
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    output = keras.ops.mean(keras.ops.stack([network, linear]), axis=0)
    return keras.Model(inputs, output)
