# Alternative: a helper that makes a new member each time, and the average() helper.
# Expect: pass
def make_member(inputs):
    hidden = keras.layers.Dense(8, activation="relu")(inputs)
    return keras.layers.Dense(3, activation="softmax")(hidden)


def build_ensemble():
    inputs = keras.Input(shape=(10,))
    members = [make_member(inputs) for _ in range(2)]
    return keras.Model(inputs, keras.layers.average(members))
