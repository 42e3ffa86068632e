# Misconception: a list of losses is matched to the heads by meaning (it follows the
# order of the outputs: here mse goes to 'kind' and cross-entropy to 'hours').
# (explained from compile's own arguments by grafting_networks.check_losses, no table entry).
# Expect: fail "the list of losses gives 'kind': 'mse', 'hours': 'sparse_categorical_crossentropy': a list of losses follows the order"
def build_two_heads(base):
    trunk = keras.Model(base.inputs, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    features = trunk(readings)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(features)
    hours = keras.layers.Dense(1, name="hours")(features)
    model = keras.Model(readings, [kind, hours])
    model.compile(
        optimizer="adam",
        loss=["mse", "sparse_categorical_crossentropy"],
        loss_weights=[1.0, 0.1],
    )
    return model
