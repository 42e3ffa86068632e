# Mistake: a layer taken by a position the base does not have.
# Cause: "`base\.layers\[12\]` asks for an item"
# ruff: noqa: F821 -- a notebook cell: keras and np come from the notebook
def build_service_model(base):
    features = base.layers[12].output
    return keras.Model(base.inputs, keras.layers.Dense(1, activation="sigmoid")(features))
