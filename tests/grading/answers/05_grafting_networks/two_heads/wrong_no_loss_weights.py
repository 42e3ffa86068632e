# Misconception: Keras balances the losses of several outputs by itself (without
# loss_weights each counts with weight 1, and the kind no more than the hours).
# (explained from compile's own arguments by grafting_networks.check_losses, no table entry).
# Expect: fail "no loss_weights were given, so each output's loss counts fully"
def build_two_heads(base):
    trunk = keras.Model(base.inputs, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    features = trunk(readings)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(features)
    hours = keras.layers.Dense(1, name="hours")(features)
    model = keras.Model(readings, [kind, hours])
    model.compile(
        optimizer="adam", loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"}
    )
    return model
