# Misconception: the trunk ends one layer lower, at base.layers[-3]
# Expect: fail
def build_two_heads(base):
    trunk = keras.Model(base.input, base.layers[-3].output)
    x = keras.Input(shape=(8,))
    f = trunk(x)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(f)
    hours = keras.layers.Dense(1, name="hours")(f)
    model = keras.Model(x, [kind, hours])
    model.compile(optimizer="adam", loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
                  loss_weights={"kind": 1.0, "hours": 0.1})
    return model
