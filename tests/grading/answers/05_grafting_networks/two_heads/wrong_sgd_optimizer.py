# Misconception: any optimizer will do, "sgd" being the simplest (the task asks for Adam)
# (explained by grafting_networks.check_optimizer, no table entry).
# Expect: fail "compiled with SGD where the task asks for Adam"
def build_two_heads(base):
    trunk = keras.Model(base.inputs, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    features = trunk(readings)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(features)
    hours = keras.layers.Dense(1, name="hours")(features)
    model = keras.Model(readings, [kind, hours])
    model.compile(
        optimizer="sgd",
        loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
        loss_weights={"kind": 1.0, "hours": 0.1},
    )
    return model
