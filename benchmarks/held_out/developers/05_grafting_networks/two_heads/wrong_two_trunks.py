# Misconception: each head needs a trunk of its own (a clone for the second)
# Expect: fail
def build_two_heads(base):
    trunk = keras.Model(base.input, base.get_layer("features").output, name="trunk_a")
    other = keras.models.clone_model(trunk)
    other.set_weights(trunk.get_weights())
    other.name = "trunk_b"
    x = keras.Input(shape=(8,))
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(trunk(x))
    hours = keras.layers.Dense(1, name="hours")(other(x))
    model = keras.Model(x, [kind, hours])
    model.compile(optimizer="adam", loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
                  loss_weights={"kind": 1.0, "hours": 0.1})
    return model
