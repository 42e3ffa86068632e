# Misconception: a list of loss weights is matched to the losses by meaning, whatever
# its order (it follows the order of the model's outputs).
# (explained from compile's own arguments by grafting_networks.check_losses, no table entry).
# Expect: fail "the list of loss_weights gives 'kind': 0.1, 'hours': 1: a list of loss weights follows"
def build_two_heads(base):
    trunk = keras.Model(base.inputs, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    features = trunk(readings)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(features)
    hours = keras.layers.Dense(1, name="hours")(features)
    model = keras.Model(readings, [kind, hours])
    model.compile(
        optimizer="adam",
        loss=["sparse_categorical_crossentropy", "mse"],
        loss_weights=[0.1, 1.0],  # meant: hours 0.1, kind 1.0
    )
    return model
