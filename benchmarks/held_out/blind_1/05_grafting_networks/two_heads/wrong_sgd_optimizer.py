# Misconception: any optimizer will do
# Expect: fail
def build_two_heads(base):
    trunk = keras.Model(base.input, base.get_layer("features").output)
    x = keras.Input(shape=(8,))
    f = trunk(x)

    kind = keras.layers.Dense(4, activation="softmax", name="kind")(f)
    hours = keras.layers.Dense(1, name="hours")(f)
    model = keras.Model(x, [kind, hours])
    model.compile(optimizer="sgd", loss=["sparse_categorical_crossentropy", "mse"], loss_weights=[1.0, 0.1])
    return model
