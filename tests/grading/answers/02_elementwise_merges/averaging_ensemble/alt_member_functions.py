# Alternative: one function per member, the linear member written first, the softmax as
# separate Activation layers.
# Expect: pass
def linear_member(inputs):
    return keras.layers.Activation("softmax")(keras.layers.Dense(4)(inputs))


def network_member(inputs):
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    return keras.layers.Activation("softmax")(keras.layers.Dense(4)(hidden))


def build_ensemble():
    inputs = keras.Input(shape=(6,), name="features")
    linear = linear_member(inputs)
    network = network_member(inputs)
    return keras.Model(inputs, keras.layers.average([linear, network]))
