# Misconception: the names in compile's dicts name the heads (an output takes its name from
# its layer, here 'dense' and 'dense_1') (explained by grafting_networks.check_output_names,
# no table entry).
# Expect: fail "the heads' layers were not given the task's names"
def build_two_heads(base):
    trunk = keras.Model(base.inputs, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    features = trunk(readings)
    kind = keras.layers.Dense(4, activation="softmax")(features)
    hours = keras.layers.Dense(1)(features)
    model = keras.Model(readings, [kind, hours])
    model.compile(
        optimizer="adam",
        loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
        loss_weights={"kind": 1.0, "hours": 0.1},
    )
    return model
