# Alternative: the optimizer kept (and its state), its rate lowered in place, and the training
# step made again with make_train_function(force=True) instead of compile.
# Expect: pass
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.optimizer.learning_rate.assign(1e-4)
    model.make_train_function(force=True)
    return model
