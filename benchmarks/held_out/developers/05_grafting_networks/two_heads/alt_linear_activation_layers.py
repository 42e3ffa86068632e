# Alternative: softmax given as a callable, "linear" spelled out, "Adam" and "mean_squared_error" spelled otherwise
# Expect: pass
def build_two_heads(base):
    trunk = keras.Model(base.input, base.get_layer("features").output)
    inputs = keras.Input(shape=(8,))
    z = trunk(inputs)
    kind = keras.layers.Dense(4, activation=keras.activations.softmax, name="kind")(z)
    hours = keras.layers.Dense(1, activation="linear", name="hours")(z)
    model = keras.Model(inputs=inputs, outputs=[kind, hours])
    model.compile(optimizer="Adam", loss={"kind": "sparse_categorical_crossentropy", "hours": "mean_squared_error"},
                  loss_weights={"kind": 1, "hours": 0.1})
    return model
