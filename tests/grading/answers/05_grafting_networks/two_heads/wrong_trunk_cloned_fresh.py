# Misconception: a clone of the trunk for the second head keeps the heads on one trunk (clone_model makes new variables with fresh values) (explained from the graph Keras was building and the learner's code by reuse_vs_duplication._name_clash, no table entry)
# Expect: fail "clone_model made a second copy of model 'trunk' \(hidden, norm, features\), with variables and values of its own, where the task shares one model whose one output every branch reads"
def build_two_heads(base):
    trunk = keras.Model(base.inputs, base.get_layer("features").output, name="trunk")
    readings = keras.Input(shape=(8,))
    heads = []
    for model_for_head, layer in [
        (trunk, keras.layers.Dense(4, activation="softmax", name="kind")),
        (keras.models.clone_model(trunk), keras.layers.Dense(1, name="hours")),
    ]:
        heads.append(layer(model_for_head(readings)))
    model = keras.Model(readings, heads)
    model.compile(
        optimizer="adam",
        loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
        loss_weights={"kind": 1.0, "hours": 0.1},
    )
    return model
