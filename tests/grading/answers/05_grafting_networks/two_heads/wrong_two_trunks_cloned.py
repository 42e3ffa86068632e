# Misconception: each head needs its own trunk, a clone with the trunk's values (a held-out answer; explained from the graph Keras was building and the learner's code by reuse_vs_duplication._name_clash, no table entry)
# Expect: fail "clone_model and set_weights\(get_weights\(\)\) made a second copy of model '\w+' \(hidden, norm, features\), the same values, in variables of its own, where the task shares one model whose one output every branch reads"
def build_two_heads(base):
    trunk = keras.Model(base.input, base.get_layer("features").output)
    x = keras.Input(shape=(8,))
    f = trunk(x)

    copy = keras.models.clone_model(trunk)
    copy.set_weights(trunk.get_weights())
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(f)
    hours = keras.layers.Dense(1, name="hours")(copy(x))
    model = keras.Model(x, [kind, hours])
    model.compile(
        optimizer="adam",
        loss=["sparse_categorical_crossentropy", "mse"],
        loss_weights=[1.0, 0.1],
    )
    return model
