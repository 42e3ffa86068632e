# Alternative: the sum written with `+` on the symbolic tensors and the ReLU as a ReLU layer,
# the projection made before the branch.
# Expect: pass
def build_residual_model():
    inputs = keras.Input(shape=(4, 4, 8))
    x = keras.layers.Flatten()(inputs)
    skip = keras.layers.Dense(16, name="skip")(x)
    y = keras.layers.Dense(32, activation="relu")(x)
    y = keras.layers.Dense(16)(y)
    y = keras.layers.ReLU()(y + skip)
    return keras.Model(inputs, keras.layers.Dense(3)(y))
