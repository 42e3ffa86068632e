# Misconception: the hours head reads a deep copy of the trunk, so that each head trains its own (explained from the graph Keras was building and the learner's code by reuse_vs_duplication._name_clash, no table entry)
# Expect: fail "copy\.deepcopy made a second copy of model 'trunk' \(hidden, norm, features\), the same values, in variables of its own, where the task shares one model whose one output every branch reads"
import copy


def build_two_heads(base):
    trunk = keras.Model(base.inputs, base.get_layer("features").output, name="trunk")
    readings = keras.Input(shape=(8,))
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(trunk(readings))
    hours = keras.layers.Dense(1, name="hours")(copy.deepcopy(trunk)(readings))
    model = keras.Model(readings, [kind, hours])
    model.compile(
        optimizer="adam",
        loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
        loss_weights={"kind": 1.0, "hours": 0.1},
    )
    return model
