# Misconception: the trunk ends where 'features' begins: its .input taken as the shared tensor
# (explained by grafting_networks._early_cut from the learner's code and the cut, no table entry)
# Expect: fail "trunk cut at the input of 'features' \(what 'norm' makes\)"
def build_two_heads(base):
    features = base.get_layer("features")
    trunk = keras.Model(base.inputs, features.input)
    inputs = keras.Input((8,))
    shared = trunk(inputs)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(shared)
    hours = keras.layers.Dense(1, name="hours")(shared)
    model = keras.Model(inputs, [kind, hours])
    model.compile(
        optimizer="adam",
        loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
        loss_weights={"kind": 1.0, "hours": 0.1},
    )
    return model
