# Alternative: the trunk as a Sequential of the base's own layers
# Expect: pass
def build_two_heads(base):
    trunk = keras.Sequential(
        [keras.Input(shape=(8,))] + [base.get_layer(n) for n in ("hidden", "norm", "features")],
        name="trunk",
    )
    x = keras.Input(shape=(8,))
    f = trunk(x)
    outputs = [
        keras.layers.Dense(4, activation="softmax", name="kind")(f),
        keras.layers.Dense(1, name="hours")(f),
    ]
    model = keras.Model(x, outputs)
    model.compile("adam", loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
                  loss_weights={"kind": 1.0, "hours": 0.1})
    return model
