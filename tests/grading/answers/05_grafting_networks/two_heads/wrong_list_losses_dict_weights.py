# Misconception: a list of losses and a dict of loss weights by name go together (Keras reads
# the dict in sorted key order, 'hours' before 'kind', and pairs it by position)
# (explained from compile's own arguments by grafting_networks.check_losses, no table entry).
# Expect: fail "the losses are a list and the loss weights a dict: Keras then reads the dict as a list too"
def _head(units, name, activation=None):
    return keras.layers.Dense(units, activation=activation, name=name)


def build_two_heads(base):
    trunk = keras.Model(base.input, base.get_layer("features").output)
    inputs = keras.Input((8,))
    shared = trunk(inputs)
    model = keras.Model(inputs, [_head(4, "kind", "softmax")(shared), _head(1, "hours")(shared)])
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=1e-3),
        loss=[keras.losses.SparseCategoricalCrossentropy(), "mean_squared_error"],
        loss_weights={"hours": 0.1, "kind": 1.0},
    )
    return model
