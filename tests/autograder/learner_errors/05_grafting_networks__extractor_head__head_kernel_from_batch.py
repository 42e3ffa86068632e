# Mistake: a head's kernel made from input_shape[0].
# Cause: "input_shape\[0\] is the batch axis"
# ruff: noqa: F821 -- a notebook cell: keras and np come from the notebook
class Head(keras.layers.Layer):
    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[0] or 2, 1))

    def call(self, x):
        return keras.ops.sigmoid(keras.ops.matmul(x, self.kernel))


def build_service_model(base):
    features = base.get_layer("features").output
    return keras.Model(base.inputs, Head()(features))
