# Misconception: a reused base keeps its BatchNormalization frozen whatever the task
# (here the whole trunk trains, 'norm' included).
# (explained from the layers' trainable flags by grafting_networks.check_trainable, no table entry)
# Expect: fail "(?m)Received: +freezes 'norm' \(BatchNormalization\)$"
def build_two_heads(base):
    trunk = keras.Model(base.inputs, base.get_layer("features").output)
    trunk.get_layer("norm").trainable = False
    readings = keras.Input(shape=(8,))
    features = trunk(readings)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(features)
    hours = keras.layers.Dense(1, name="hours")(features)
    model = keras.Model(readings, [kind, hours])
    model.compile(
        optimizer="adam",
        loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
        loss_weights={"kind": 1.0, "hours": 0.1},
    )
    return model
