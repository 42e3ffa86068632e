# Misconception: the outputs of a multi-output model may come in any order (losses and
# targets are matched to them by position).
# Expect: fail "the outputs are there, in another order"
def build_two_heads(base):
    trunk = keras.Model(base.inputs, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    features = trunk(readings)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(features)
    hours = keras.layers.Dense(1, name="hours")(features)
    model = keras.Model(readings, [hours, kind])
    model.compile(
        optimizer="adam",
        loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
        loss_weights={"kind": 1.0, "hours": 0.1},
    )
    return model
