# Alternative: branches built in a loop, relu as a separate Activation layer
# Expect: pass
def branch(x, units=8):
    return keras.layers.Activation("relu")(keras.layers.Dense(units)(x))


def build_two_branch_model():
    inputs = [keras.Input(shape=(n,)) for n in (4, 6)]
    merged = keras.layers.Concatenate()([branch(x) for x in inputs])
    return keras.Model(inputs, keras.layers.Dense(1, activation=None)(merged))
