# Misconception: a classifier of 4 kinds takes categorical_crossentropy (its targets are the
# kinds' numbers, 0 to 3, which the sparse loss reads) (explained from compile's own
# arguments by grafting_networks.check_losses, no table entry).
# Expect: fail "the loss of 'kind' is categorical_crossentropy where the task asks for sparse_categorical_crossentropy"
def build_two_heads(base):
    trunk = keras.Model(base.inputs, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    features = trunk(readings)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(features)
    hours = keras.layers.Dense(1, name="hours")(features)
    model = keras.Model(readings, [kind, hours])
    model.compile(
        optimizer="adam",
        loss={"kind": "categorical_crossentropy", "hours": "mse"},
        loss_weights={"kind": 1.0, "hours": 0.1},
    )
    return model
