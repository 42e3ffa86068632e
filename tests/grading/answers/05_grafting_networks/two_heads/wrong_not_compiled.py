# Misconception: compile belongs to whoever trains the model (the task asks for the
# model compiled with its two losses and their weights).
# Expect: fail "a model that is not compiled"
def build_two_heads(base):
    trunk = keras.Model(base.inputs, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    features = trunk(readings)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(features)
    hours = keras.layers.Dense(1, name="hours")(features)
    return keras.Model(readings, [kind, hours])
