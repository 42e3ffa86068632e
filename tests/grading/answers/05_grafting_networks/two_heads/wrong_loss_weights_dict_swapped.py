# Misconception: the weights swapped (the task gives 0.1 to 'hours', the task that matters
# less), written in a dict by name
# (explained from compile's own arguments by grafting_networks.check_losses, no table entry).
# Expect: fail "the loss_weights dict gives 'kind': 0.1, 'hours': 1"
def build_two_heads(base):
    trunk = keras.Model(base.inputs, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    features = trunk(readings)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(features)
    hours = keras.layers.Dense(1, name="hours")(features)
    model = keras.Model(readings, [kind, hours])
    model.compile(
        optimizer="adam",
        loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
        loss_weights={"kind": 0.1, "hours": 1.0},
    )
    return model
